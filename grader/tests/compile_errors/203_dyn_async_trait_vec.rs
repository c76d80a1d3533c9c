trait Check {
    async fn run(&self) -> bool;
}

struct Ping;

impl Check for Ping {
    async fn run(&self) -> bool {
        true
    }
}

#[tokio::main]
async fn main() {
    let checks: Vec<Box<dyn Check>> = vec![Box::new(Ping)];
    for c in &checks {
        println!("{}", c.run().await);
    }
}
