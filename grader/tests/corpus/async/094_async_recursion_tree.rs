use std::future::Future;
use std::pin::Pin;
use tokio::time::{sleep, Duration, Instant};

#[derive(Debug)]
struct Dir {
    name: &'static str,
    files: u32,
    children: Vec<Dir>,
}

fn count_files(dir: &Dir, depth: usize) -> Pin<Box<dyn Future<Output = u32> + '_>> {
    Box::pin(async move {
        sleep(Duration::from_millis(10)).await;
        println!("{}{} ({} files)", "  ".repeat(depth), dir.name, dir.files);
        let mut total = dir.files;
        for child in &dir.children {
            total += count_files(child, depth + 1).await;
        }
        total
    })
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let tree = Dir {
        name: "/",
        files: 1,
        children: vec![
            Dir { name: "src", files: 4, children: vec![Dir { name: "bin", files: 2, children: vec![] }] },
            Dir { name: "docs", files: 3, children: vec![] },
        ],
    };
    let n = count_files(&tree, 0).await;
    println!("{n} files, walked in {} ms", start.elapsed().as_millis());
}
