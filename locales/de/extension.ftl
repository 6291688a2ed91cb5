# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } – Dehnpausen zwischen den Tabs
extension-description = Jeder neue Tab schlägt kurze Schreibtischübungen vor, leitet dich an, führt deine Pausenserie und erinnert dich nach langem Sitzen.

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand }: Zeit für eine kurze Runde
