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

fn total_size(folder: &Folder) -> Pin<Box<dyn Future<Output = u64> + '_>> {
    Box::pin(async move {
        let mut total = disk_size(folder).await;
        for child in &folder.children {
            total += total_size(child).await;
        }
        println!("{}: {total}", folder.name);
        total
    })
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
