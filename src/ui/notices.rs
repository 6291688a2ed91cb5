//! Messages for the user: storage problems, refused imports, failed writes.

use leptos::prelude::*;

use crate::i18n::t;
use crate::state::{self, NoticeKind};

#[component]
pub fn Notices() -> impl IntoView {
    let notices = state::get::<crate::state::Notices>();
    view! {
        <div class="notices">
            <For each=move || notices.list() key=|n| n.id let:notice>
                <div
                    class="notice"
                    class:notice-error=notice.kind == NoticeKind::Error
                    role=if notice.kind == NoticeKind::Error { "alert" } else { "status" }
                >
                    <p>{notice.text.clone()}</p>
                    <button class="link-button" on:click=move |_| notices.dismiss(notice.id)>
                        {t("notice-dismiss")}
                    </button>
                </div>
            </For>
        </div>
    }
}
