use std::time::Instant;

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let start = Instant::now(); //~ unsupported: clock
    rt.block_on(tokio::time::sleep(std::time::Duration::from_millis(20)));
    println!("took {} ms", start.elapsed().as_millis());
}
