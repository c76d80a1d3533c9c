#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

async fn load_point(id: u32) -> Point {
    Point { x: id as i32, y: 0 }
}

#[tokio::main]
async fn main() {
    let item = load_point(1);
    println!("{}", item.x);
}
