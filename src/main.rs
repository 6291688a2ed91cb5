//! The New Tab page's entry point: install the panic hook and mount the app.

fn main() {
    console_error_panic_hook::set_once();
    deskbreak::mount();
}
