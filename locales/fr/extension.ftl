# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } — étirez-vous entre deux onglets
extension-description = Chaque nouvel onglet propose de courts exercices guidés au bureau, suit votre série de pauses et vous relance si vous restez assis.

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand } : place à un mouvement rapide
