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

type BoxedSize<'a> = Pin<Box<dyn Future<Output = u64> + 'a>>;

async fn total_size(folder: &Folder) -> u64 {
    let own = disk_size(folder).await;
    // Build the (lazy) boxed futures first, then await them one by one.
    let children: Vec<BoxedSize<'_>> = folder.children.iter().map(|child| Box::pin(total_size(child)) as BoxedSize<'_>).collect();
    let mut total = own;
    for child in children {
        total += child.await;
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
