fn main() {
    let ok: i32 = "12".parse().expect("number");
    println!("{}", ok);
    let v: Vec<u8> = "1 2 300".split(' ').map(|s| s.parse().expect("byte")).collect();
    println!("{:?}", v);
}
