fn main() {
    let arr = [1, 2, 3, 4];
    let n = 6;
    println!("{:?}", &arr[1..3]);
    println!("{:?}", &arr[2..n]);
}
