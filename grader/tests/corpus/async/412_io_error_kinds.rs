use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut a, b) = tokio::io::duplex(4);
    drop(b);
    let e = a.write_all(b"hello").await.unwrap_err();
    println!("write_all: {e} / {e:?} / {} / {:?}", e.kind(), e.kind());
    let n = a.read_u8().await;
    match n {
        Ok(v) => println!("byte {v}"),
        Err(e) => println!("read_u8: {e} / {e:?}"),
    }
    let (mut c, mut d) = tokio::io::duplex(4);
    c.write_u16(0xABCD).await.unwrap();
    c.write_i8(-5).await.unwrap();
    drop(c);
    println!("u16 {:#x}", d.read_u16().await.unwrap());
    println!("i8 {}", d.read_i8().await.unwrap());
    match d.read_i32().await {
        Ok(v) => println!("i32 {v}"),
        Err(e) => println!("read_i32: {e} ({:?})", e.kind()),
    }
    let (mut e1, mut e2) = tokio::io::duplex(16);
    e1.write_u32_le(1).await.unwrap();
    e1.write_i64(-2).await.unwrap();
    println!("le {} be {}", e2.read_u32_le().await.unwrap(), e2.read_i64().await.unwrap());
}
