# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } — alongue-se entre uma aba e outra
extension-description = Cada nova aba sugere um pacote curto de exercícios na mesa, guia você, mantém sua sequência de pausas e avisa após horas sentado.

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand }: hora de um movimento rápido
