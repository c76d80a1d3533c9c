const DATA: &str = include_str!("data.txt"); //~ unsupported: include_str

fn main() {
    println!("{} bytes", DATA.len());
}
