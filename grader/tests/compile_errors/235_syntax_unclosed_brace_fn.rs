fn helper() -> u32 {
    let n = 3;
    if n > 2 {
        n
    } else {
        0

fn main() {
    println!("{}", helper());
}
