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

impl Folder {
    async fn total_size(&self) -> u64 {
        let mut total = disk_size(self).await;
        for child in self.children.iter() {
            let size = Box::pin(child.total_size()).await;
            total += size;
        }
        println!("{}: {}", self.name, total);
        total
    }
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
    let total = root.total_size().await;
    println!("total {total}");
}
