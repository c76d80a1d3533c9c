fn remaining(total: usize, used: usize) -> usize {
    total - used
}

fn main() {
    let total = 10;
    for used in [3, 10, 11] {
        println!("remaining after {used}: {}", remaining(total, used));
    }
}
