# The New Tab page's own words.

# The tab's title.
page-title = علامة تبويب جديدة
skip-to-content = انتقل إلى المحتوى
