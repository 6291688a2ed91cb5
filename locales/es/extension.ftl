# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } — estírate entre pestañas
extension-description = Cada pestaña nueva sugiere una breve rutina de escritorio, te guía, lleva tu racha de pausas y te avisa tras mucho rato sentado.

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand }: hora de un movimiento rápido
