const MAX_USERS: usize = 3;
const GREETING: &str = "welcome";
const SQUARES: [u32; 5] = [0, 1, 4, 9, 16];
static APP_NAME: &str = "await-lab";
static LIMITS: (i32, i32) = (-10, 10);

fn clamp(v: i32) -> i32 {
    if v < LIMITS.0 {
        LIMITS.0
    } else if v > LIMITS.1 {
        LIMITS.1
    } else {
        v
    }
}

fn main() {
    println!("{APP_NAME}: {GREETING} (max {MAX_USERS} users)");
    let users = ["ann", "bob", "cid", "dee", "eve"];
    for (i, user) in users.iter().enumerate().take(MAX_USERS) {
        println!("  user {i}: {user}");
    }
    println!("squares: {:?}, sum {}", SQUARES, SQUARES.iter().sum::<u32>());
    for v in [-50, 3, 99] {
        println!("clamp({v}) = {}", clamp(v));
    }
    const LOCAL: u8 = 2 * 21;
    println!("local const = {LOCAL}");
}
