async fn checksum(data: &[u8]) -> u8 {
    let mut sum = 0u8;
    for i in 0..data.len() {
        sum = sum.wrapping_add(unsafe { *data.get_unchecked(i) }); //~ unsupported: unsafe
    }
    sum
}

#[tokio::main]
async fn main() {
    println!("{}", checksum(b"hello").await);
}
