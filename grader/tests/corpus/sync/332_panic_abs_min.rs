fn main() {
    let xs = [-5i32, 7, i32::MIN];
    for x in xs {
        println!("{}", x.abs());
    }
}
