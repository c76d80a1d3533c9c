fn bit(n: u32) -> u32 {
    1u32 << n
}

fn main() {
    let mut shift = 28;
    while shift < 40 {
        println!("bit {shift} = {:#x}", bit(shift));
        shift += 2;
    }
}
