use tokio::time::{sleep, Duration};

struct Loud(u32);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main]
async fn main() {
    for i in 1..=3 {
        tokio::spawn(async move {
            let _l = Loud(i);
            sleep(Duration::from_millis(100 * i as u64)).await;
            println!("task {i} done");
        });
    }
    tokio::spawn(async {
        let _l = Loud(9);
        println!("task 9 runs once");
        std::future::pending::<()>().await;
    });
    let _main_guard = Loud(0);
    sleep(Duration::from_millis(150)).await;
    println!("main returns");
}
