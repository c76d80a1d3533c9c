use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::time::{sleep, Instant};

trait Notifier {
    // `+ Send`: every implementation's future can move to another thread, so generic code may spawn it.
    fn notify(&self, message: &str) -> impl Future<Output = bool> + Send;
}

struct Pager {
    name: &'static str,
    online: bool,
}

impl Notifier for Pager {
    async fn notify(&self, message: &str) -> bool {
        sleep(Duration::from_millis(100)).await;
        if self.online {
            println!("page to {}: {message}", self.name);
        }
        self.online
    }
}

struct Email {
    address: &'static str,
}

impl Notifier for Email {
    async fn notify(&self, message: &str) -> bool {
        // TODO: wait 200 ms, print `email to ADDRESS: MESSAGE`, and return true.
        todo!()
    }
}

/// Sends `message` through every notifier at the same time, each in a task of its own,
/// and returns how many delivered it.
async fn notify_all<N>(notifiers: Vec<Arc<N>>, message: &str) -> usize
where
    N: Notifier + Send + Sync + 'static,
{
    // TODO: notify through every notifier at the same time, each in a task of its own
    // (`tokio::spawn` or a `JoinSet`), and count the deliveries.
    todo!()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let pagers = vec![
        Arc::new(Pager { name: "ops", online: true }),
        Arc::new(Pager { name: "dev", online: false }),
        Arc::new(Pager { name: "lead", online: true }),
    ];
    let paged = notify_all(pagers, "disk full").await;
    println!("{paged} of 3 pages delivered at {} ms", start.elapsed().as_millis());

    let emails = vec![Arc::new(Email { address: "ops@example.com" }), Arc::new(Email { address: "cto@example.com" })];
    let mailed = notify_all(emails, "disk full").await;
    println!("{mailed} of 2 emails delivered at {} ms", start.elapsed().as_millis());
}
