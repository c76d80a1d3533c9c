use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

struct Folder {
    name: &'static str,
    own_size: u64,
    children: Vec<Folder>,
}

async fn disk_size(folder: &Folder) -> u64 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    folder.own_size
}

async fn total_size(folder: &Folder) -> u64 {
    let mut total = disk_size(folder).await;
    for child in &folder.children {
        total += boxed_total(child).await;
    }
    println!("{}: {total}", folder.name);
    total
}

/// The indirection that breaks the cycle: a boxed, pinned future has a fixed size.
fn boxed_total(folder: &Folder) -> Pin<Box<impl Future<Output = u64> + '_>> {
    Box::pin(total_size(folder))
}

#[tokio::main]
async fn main() {
    let leaf = |name, own_size| Folder { name, own_size, children: Vec::new() };
    let root = Folder {
        name: "home",
        own_size: 4,
        children: vec![
            Folder { name: "photos", own_size: 100, children: vec![leaf("2023", 700), leaf("2024", 300)] },
            leaf("notes", 12),
        ],
    };
    println!("total {}", total_size(&root).await);
}
