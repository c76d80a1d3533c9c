#[derive(Debug)]
struct Job {
    name: String,
}

#[tokio::main]
async fn main() {
    let job = Job { name: "build".into() };
    let h = tokio::spawn(async move {
        println!("running {:?}", job);
    });
    h.await.unwrap();
    println!("{}", job.name);
}
