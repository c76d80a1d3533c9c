// fails: outcome, stdout, no warnings
// checks only: rustc rejects it (E0283: `Box<F>` is a future only when `F: Unpin`, and an async fn's future is not), a pinning error rather than the unboxed recursion itself
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
        total += Box::new(total_size(child)).await;
    }
    println!("{}: {total}", folder.name);
    total
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
