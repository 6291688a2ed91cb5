# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } — 在标签页之间伸展一下
extension-description = 每个新标签页都会推荐一组简短的办公桌练习，带你一步步完成，记录你的连续休息，并在你久坐后提醒你。

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand }：该做个快速动作了
