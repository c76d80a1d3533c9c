fn main() {
    let values = [10, 20, 30];
    let second = unsafe { *values.get_unchecked(1) }; //~ unsupported: unsafe
    println!("{second}");
}
