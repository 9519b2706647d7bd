package io.toasty.arquillian.model;

import io.toasty.model.Key;
import io.toasty.model.Model;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A bank account: a key the application chooses, and Bean Validation constraints that Toasty checks before writes. */
@Model
public record Account(@Key String id, @NotBlank @Size(max = 40) String owner, @Min(0) long balance) {}
