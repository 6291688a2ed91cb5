//! Messages for the user: storage problems, refused imports, failed writes.

use leptos::prelude::*;

use crate::state::{use_app, NoticeKind};

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices">
            <For each=move || state.notices.get() key=|n| n.id let:notice>
                <div
                    class="notice"
                    class:notice-error=notice.kind == NoticeKind::Error
                    role=if notice.kind == NoticeKind::Error { "alert" } else { "status" }
                >
                    <p>{notice.text.clone()}</p>
                    <button class="link-button" on:click=move |_| state.dismiss(notice.id)>
                        "Dismiss"
                    </button>
                </div>
            </For>
        </div>
    }
}
