use std::rc::Rc;
use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for i in 0..2 {
        let tag = Rc::new(i);
        set.spawn(async move {
            tokio::task::yield_now().await;
            *tag
        });
    }
    while let Some(r) = set.join_next().await {
        println!("{}", r.unwrap());
    }
}
