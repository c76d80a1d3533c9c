fn main() {
    println!("{}", 0u32.next_power_of_two());
    println!("{}", 5u64.next_power_of_two());
    println!("{}", (1u64 << 63).next_power_of_two());
    let n: u64 = (1 << 63) + 1;
    println!("unreachable {}", n.next_power_of_two());
}
