# The store listing and the toolbar button (Chrome's _locales/<lang>/messages.json is made from
# these at build time). Name: 75 characters at most; description: 132.

-brand = Desk Break

extension-name = { -brand } — タブの合間にストレッチ
extension-description = 新しいタブを開くたびに短いデスク運動のパックを提案し、ガイドに沿って進めます。休憩の連続記録をつけ、長く座り続けたらお知らせします。

# The toolbar button's tooltip.
badge-title = { -brand }
# The toolbar button's tooltip while the quick-move nudge stands.
badge-title-quick = { -brand }：クイック運動の時間です
