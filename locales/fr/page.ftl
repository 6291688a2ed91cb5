# The New Tab page's own words.

# The tab's title.
page-title = Nouvel onglet
skip-to-content = Aller au contenu
