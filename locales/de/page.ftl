# The New Tab page's own words.

# The tab's title.
page-title = Neuer Tab
skip-to-content = Zum Inhalt springen
