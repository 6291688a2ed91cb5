# The New Tab page's own words.

# The tab's title.
page-title = New Tab
skip-to-content = Skip to content
