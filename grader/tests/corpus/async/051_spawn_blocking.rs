use tokio::task;

fn checksum(data: &[u8]) -> u32 {
    data.iter().fold(0u32, |acc, &b| acc.wrapping_mul(31).wrapping_add(b as u32))
}

#[tokio::main]
async fn main() {
    let data: Vec<u8> = (0..=255).collect();
    let handle = task::spawn_blocking(move || {
        let sum = checksum(&data);
        (data.len(), sum)
    });
    let (len, sum) = handle.await.unwrap();
    println!("checksum of {len} bytes: {sum}");
    let results = futures::future::join_all((1..=3u64).map(|n| task::spawn_blocking(move || (1..=n * 5).product::<u64>()))).await;
    for r in results {
        println!("{}", r.unwrap());
    }
}
