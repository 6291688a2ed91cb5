# The New Tab page's own words.

# The tab's title.
page-title = 新标签页
skip-to-content = 跳到主要内容
