use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut n = 0;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(40)) => {
                n += 1;
                if n == 10 {
                    break;
                }
            }
            _ = tokio::time::sleep(Duration::from_millis(100)) => { //~ select_timer_reset_in_loop
                println!("deadline reached");
                break;
            }
        }
    }
    println!("n = {n}");
}
