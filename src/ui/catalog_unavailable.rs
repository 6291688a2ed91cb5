//! What the New Tab shows when `catalog.json` cannot be read: a damaged or half-updated
//! package. Rare, but a New Tab page always renders, and says what to do.

use leptos::prelude::*;

#[component]
pub fn CatalogUnavailable(detail: String) -> impl IntoView {
    view! {
        <main id="main" class="catalog-unavailable">
            <div class="notice notice-error" role="alert">
                <h1>"Desk Break could not load its packs"</h1>
                <p>"Reload this tab. If this message stays, reinstall the extension."</p>
                <p>{detail}</p>
            </div>
        </main>
    }
}
