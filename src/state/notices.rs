//! Messages for the user: errors and information, each dismissed on its own.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Error,
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: StoredValue<u32>,
}

impl Notices {
    pub fn new() -> Self {
        Self { list: RwSignal::new(Vec::new()), next: StoredValue::new(0) }
    }

    /// The notices shown now. Reactive.
    pub fn list(&self) -> Vec<Notice> {
        self.list.get()
    }

    pub fn notify(&self, kind: NoticeKind, text: impl Into<String>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        let text = text.into();
        self.list.update(|n| {
            // The same message twice (say, from two reloads) shows once.
            if !n.iter().any(|x| x.text == text) {
                n.push(Notice { id, kind, text });
            }
        });
    }

    pub fn error(&self, text: impl Into<String>) {
        self.notify(NoticeKind::Error, text);
    }

    pub fn dismiss(&self, id: u32) {
        self.list.update(|n| n.retain(|x| x.id != id));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}
