# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } — stretch between tabs
extension-description = Each new tab suggests a short desk-exercise pack, guides you through it, keeps your break streak and nudges you after long sitting.

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand }: time for a quick move
