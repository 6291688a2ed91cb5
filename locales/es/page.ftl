# The New Tab page's own words.

# The tab's title.
page-title = Nueva pestaña
skip-to-content = Saltar al contenido
