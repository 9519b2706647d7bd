package io.toasty.validation.it;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A class model with default constraints, one constraint checked only on insert and one only on update. */
@Model
public class Member {
    @Key
    @Auto
    Long id;

    @NotBlank
    @Size(max = 40)
    String name;

    @NotNull
    @Email
    String email;

    @Min(0)
    @Max(150)
    Integer age;

    @AssertTrue(groups = OnInsert.class)
    boolean acceptedTerms;

    @NotBlank(groups = OnUpdate.class)
    String changedBy;

    @Version
    long version;

    Member() {}

    Member(String name, String email, Integer age) {
        this.name = name;
        this.email = email;
        this.age = age;
        this.acceptedTerms = true;
    }

    @Override
    public String toString() {
        return "Member{" + id + ", " + name + ", " + email + ", " + age + ", v" + version + "}";
    }
}
