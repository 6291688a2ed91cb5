# The New Tab page's own words.

# The tab's title.
page-title = Nova aba
skip-to-content = Pular para o conteúdo
