fn double(n: i32) => i32 {
    n * 2
}

fn main() {
    println!("{}", double(2));
}
