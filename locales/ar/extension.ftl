# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } — تمدّد بين علامات التبويب
extension-description = كل علامة تبويب جديدة تقترح مجموعة قصيرة من تمارين المكتب، وترشدك خلالها، وتحفظ سلسلة استراحاتك، وتنبّهك بعد الجلوس الطويل.

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand }: حان وقت حركة سريعة
