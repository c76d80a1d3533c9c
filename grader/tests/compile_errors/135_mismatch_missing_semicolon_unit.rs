fn log(msg: &str) {
    msg.len()
}

fn main() {
    log("hi");
}
