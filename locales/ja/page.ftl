# The New Tab page's own words.

# The tab's title.
page-title = 新しいタブ
skip-to-content = 本文へスキップ
