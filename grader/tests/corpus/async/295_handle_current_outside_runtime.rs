use tokio::runtime::Handle;

fn main() {
    println!("before");
    let handle = Handle::current();
    println!("after {:?}", handle.runtime_flavor());
}
